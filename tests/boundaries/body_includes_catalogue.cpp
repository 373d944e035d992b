// Must not compile: the body is a leaf of the core and cannot see the catalogue's headers.
#include "body/body_map.h"
#include "catalogue/model.h"
