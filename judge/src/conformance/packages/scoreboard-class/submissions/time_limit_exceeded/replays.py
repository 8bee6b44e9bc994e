# Never returns from leader(): it waits for a tie that is never broken.
class Scoreboard:
    def __init__(self):
        self.totals = {}

    def record(self, player, points):
        self.totals[player] = self.totals.get(player, 0) + points

    def total(self, player):
        return self.totals.get(player, 0)

    def leader(self):
        while True:
            pass
