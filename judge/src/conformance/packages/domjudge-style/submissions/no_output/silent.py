# Reads the input and prints nothing.
input()
