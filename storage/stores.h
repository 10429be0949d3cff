#pragma once

// The one place that picks the kind of store for a location. Today every location is a
// .mlplan file (PortfolioFile); a shared store for a team is added here, and the front ends,
// which only see the StoreOpener, do not change.

#include "core/store/portfoliostore.h"

namespace mlp::storage {

// Lives as long as the program; safe to share between threads that each open their own stores.
const StoreOpener &storeOpener();

} // namespace mlp::storage
