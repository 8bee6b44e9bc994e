# Mistake: fetch does not make the tag the most recently used, so a fetched tag is evicted as if it
# had never been touched. Caught by sample/1 (tag 1 is fetched before 3 arrives; 2 must go, not 1).
from collections import OrderedDict


class GearRack:
    def __init__(self, capacity):
        self.capacity = capacity
        self.rack = OrderedDict()

    def fetch(self, tag):
        return self.rack.get(tag, -1)

    def stow(self, tag, weight):
        if tag in self.rack:
            self.rack.move_to_end(tag)
        self.rack[tag] = weight
        if len(self.rack) > self.capacity:
            self.rack.popitem(last=False)
