#include "common/Error.h"
