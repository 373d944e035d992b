// Must not compile: the catalogue does not depend on the journal.
#include "catalogue/catalogue.h"
#include "journal/journal.h"
