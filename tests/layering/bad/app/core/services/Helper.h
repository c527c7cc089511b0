#pragma once
// Layering self-test: services may include storage.
#include "../storage/Store.h"
