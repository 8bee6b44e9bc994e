# Too slow: keeps a set and answers countStarting by testing every callsign with startswith, O(n) per
# question: 20 000 questions over 20 000 callsigns on secret/13-many-prefixes.
class RadioRoll:
    def __init__(self):
        self.roll = set()

    def enlist(self, callsign):
        self.roll.add(callsign)

    def onRoll(self, callsign):
        return callsign in self.roll

    def countStarting(self, prefix):
        return sum(1 for callsign in self.roll if callsign.startswith(prefix))
