# Mistake: tests the weight's truth instead of the tag's presence, so an item of weight 0 looks
# missing. Caught by secret/01-capacity-one (stow(0, 0) then fetch(0) must give 0).
from collections import OrderedDict


class GearRack:
    def __init__(self, capacity):
        self.capacity = capacity
        self.rack = OrderedDict()

    def fetch(self, tag):
        weight = self.rack.get(tag)
        if not weight:
            return -1
        self.rack.move_to_end(tag)
        return weight

    def stow(self, tag, weight):
        if tag in self.rack:
            self.rack.move_to_end(tag)
        self.rack[tag] = weight
        if len(self.rack) > self.capacity:
            self.rack.popitem(last=False)
