class RadioRoll:
    """No tree at all: a set of callsigns and a count per prefix. Enlisting costs O(length^2) to slice
    every prefix, fine for callsigns of at most 20 letters; each question is one lookup."""

    def __init__(self):
        self.roll = set()
        self.starting = {}

    def enlist(self, callsign):
        if callsign in self.roll:
            return
        self.roll.add(callsign)
        for end in range(len(callsign) + 1):
            prefix = callsign[:end]
            self.starting[prefix] = self.starting.get(prefix, 0) + 1

    def onRoll(self, callsign):
        return callsign in self.roll

    def countStarting(self, prefix):
        return self.starting.get(prefix, 0)
