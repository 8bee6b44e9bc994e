# Never answers: the interactor waits for a line until the submission's time limit ends it.
input()
while True:
    pass
