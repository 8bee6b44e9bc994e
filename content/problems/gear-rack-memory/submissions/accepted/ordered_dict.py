from collections import OrderedDict


class GearRack:
    """An OrderedDict keeps the tags from least to most recently used; every call is O(1)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.rack: OrderedDict[int, int] = OrderedDict()

    def fetch(self, tag: int) -> int:
        if tag not in self.rack:
            return -1
        self.rack.move_to_end(tag)
        return self.rack[tag]

    def stow(self, tag: int, weight: int) -> None:
        if tag in self.rack:
            self.rack.move_to_end(tag)
        self.rack[tag] = weight
        if len(self.rack) > self.capacity:
            self.rack.popitem(last=False)
