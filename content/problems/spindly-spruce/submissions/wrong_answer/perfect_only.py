# Gives the perfect-tree height for both: an AVL tree can be taller than the shortest tree
# (sample 1: 7 nodes can reach height 4).
def solve(sizes):
    return [[n.bit_length(), n.bit_length()] for n in sizes]
