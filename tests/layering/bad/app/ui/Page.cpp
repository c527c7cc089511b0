// Layering self-test: the window including a storage header (rule "ui-storage").
#include "services/Helper.h"
#include "storage/Store.h"
