def leader_of(totals):
    """The player with the highest total, the alphabetically first on a tie; "" when there is none."""
    return min(totals, key=lambda player: (-totals[player], player), default="")
