#pragma once
// Layering self-test: a leaf header that is no leaf (rule "leaf").
#include "model/Thing.h"
