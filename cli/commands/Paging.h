#pragma once

#include "core/common/Result.h"

#include <QList>

namespace tideline::cli {

// Walks a repository's list a page at a time, so a command never holds a whole list it prints
// or searches. fetch(limit, offset) returns Result<QList<T>>; onRow(const T&) returns false to
// stop early. Returns the first error.
template<typename Fetch, typename OnRow>
Status forEachInPages(Fetch&& fetch, OnRow&& onRow, int pageSize = 200)
{
    for (int offset = 0;; offset += pageSize) {
        const auto page = fetch(pageSize, offset);
        if (!page) {
            return page.error();
        }
        for (const auto& row : page.value()) {
            if (!onRow(row)) {
                return {};
            }
        }
        if (page.value().size() < pageSize) {
            return {};
        }
    }
}

} // namespace tideline::cli
