// PLACEHOLDER
#include "read/reader.h"
