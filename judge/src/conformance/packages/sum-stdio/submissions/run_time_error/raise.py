a, b = map(int, input().split())
raise RuntimeError("this submission always crashes")
