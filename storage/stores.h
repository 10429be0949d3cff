#pragma once

// The one place that picks the kind of store for a location: a postgresql:// URI is a team's
// portfolio on a PostgreSQL server (PgStore, docs/team.md), anything else a .mlplan file
// (PortfolioFile). The front ends only see the StoreOpener.

#include "core/store/portfoliostore.h"

namespace mlp::storage {

// Lives as long as the program; safe to share between threads that each open their own stores.
const StoreOpener &storeOpener();

} // namespace mlp::storage
