# Mistake: stowing a tag the rack already holds updates its weight but not its recency (a dict keeps
# the first insertion's place). Caught by secret/03-restow-refreshes.
from collections import OrderedDict


class GearRack:
    def __init__(self, capacity):
        self.capacity = capacity
        self.rack = OrderedDict()

    def fetch(self, tag):
        if tag not in self.rack:
            return -1
        self.rack.move_to_end(tag)
        return self.rack[tag]

    def stow(self, tag, weight):
        self.rack[tag] = weight
        if len(self.rack) > self.capacity:
            self.rack.popitem(last=False)
