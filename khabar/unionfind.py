"""Disjoint sets (union-find): the one grouping structure behind families, aliases and quote groups."""

from __future__ import annotations


class DisjointSets:
    """Sets over the indices 0..n-1. The smallest index of a set is its root, so roots are deterministic."""

    def __init__(self, size: int = 0) -> None:
        self._parent = list(range(size))

    def __len__(self) -> int:
        return len(self._parent)

    def add(self) -> int:
        """A new singleton set; returns its index."""
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def find(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]  # path halving keeps later finds short
            i = self._parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self._parent[max(a, b)] = min(a, b)

    def groups(self) -> dict[int, list[int]]:
        """Root -> members in index order, roots in order of their first member."""
        members: dict[int, list[int]] = {}
        for i in range(len(self._parent)):
            members.setdefault(self.find(i), []).append(i)
        return members
