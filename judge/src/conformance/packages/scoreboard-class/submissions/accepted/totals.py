class Scoreboard:
    def __init__(self):
        self.totals = {}

    def record(self, player, points):
        self.totals[player] = self.totals.get(player, 0) + points

    def total(self, player):
        return self.totals.get(player, 0)

    def leader(self):
        if not self.totals:
            return ""
        best = max(self.totals.values())
        return min(p for p, t in self.totals.items() if t == best)
