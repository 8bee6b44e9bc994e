# Mistake: pops the wrong end of the OrderedDict (popitem() defaults to last=True), evicting the item
# just stowed. Caught by sample/1 (3 is evicted at once, so fetch(3) gives -1).
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
        self.rack[tag] = weight
        if len(self.rack) > self.capacity:
            self.rack.popitem()
