#pragma once
// Layering self-test: model reaching up into services (rule "upward").
#include "../Result.h"
#include "../services/Helper.h"
