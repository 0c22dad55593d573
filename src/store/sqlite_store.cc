// PLACEHOLDER
#include "store/store.h"
