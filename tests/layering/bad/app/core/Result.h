#pragma once
// Layering self-test: a leaf header every layer may include.
