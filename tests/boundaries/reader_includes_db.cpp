// Must not compile: a user of the catalogue reader does not see the database wrapper it uses inside.
#include "catalogue/catalogue.h"
#include "db/database.h"
