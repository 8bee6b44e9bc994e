# Two pointers walking both sorted lists, as in a merge: equal heights are shared (take one of each),
# otherwise the smaller one cannot appear in the other list any more.
def solve(mine, yours):
    i = j = 0
    shared = []
    while i < len(mine) and j < len(yours):
        if mine[i] == yours[j]:
            shared.append(mine[i])
            i += 1
            j += 1
        elif mine[i] < yours[j]:
            i += 1
        else:
            j += 1
    return shared
