# Too slow: stamps each tag with the time of its last use and, to evict, scans every stamp for the
# oldest: ~1.5 * 10^4 steps per eviction on secret/15-evict-every-call.
class GearRack:
    def __init__(self, capacity):
        self.capacity = capacity
        self.clock = 0
        self.weights = {}
        self.used = {}

    def fetch(self, tag):
        if tag not in self.weights:
            return -1
        self.clock += 1
        self.used[tag] = self.clock
        return self.weights[tag]

    def stow(self, tag, weight):
        self.clock += 1
        self.weights[tag] = weight
        self.used[tag] = self.clock
        if len(self.weights) > self.capacity:
            oldest = min(self.used, key=self.used.get)
            del self.weights[oldest]
            del self.used[oldest]
