# Mistake: stowing a tag the rack already holds only refreshes it and keeps the old weight.
# Caught by sample/2 (tag 5 is stowed with 7, then 8; fetch must give 8).
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
        if tag in self.rack:
            self.rack.move_to_end(tag)
            return
        self.rack[tag] = weight
        if len(self.rack) > self.capacity:
            self.rack.popitem(last=False)
