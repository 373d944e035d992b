// The catalogue that the build compiled from data/, opened once for all core tests.
#pragma once

#include "catalogue/catalogue.h"

inline const tmap::catalogue::Catalogue& builtCatalogue()
{
    static const auto catalogue = tmap::catalogue::Catalogue::open(TM_TEST_CATALOGUE);
    return *catalogue;
}
