class Node:
    __slots__ = ("tag", "weight", "prev", "next")

    def __init__(self, tag=0, weight=0):
        self.tag, self.weight, self.prev, self.next = tag, weight, None, None


class GearRack:
    """The classic build: a dict from tag to node, and a doubly linked list from oldest to newest."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.head, self.tail = Node(), Node()  # sentinels: head.next is the oldest, tail.prev the newest
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _append(self, node):
        node.prev, node.next = self.tail.prev, self.tail
        self.tail.prev.next = node
        self.tail.prev = node

    def fetch(self, tag):
        node = self.nodes.get(tag)
        if node is None:
            return -1
        self._unlink(node)
        self._append(node)
        return node.weight

    def stow(self, tag, weight):
        node = self.nodes.get(tag)
        if node is not None:
            node.weight = weight
            self._unlink(node)
            self._append(node)
            return
        node = Node(tag, weight)
        self.nodes[tag] = node
        self._append(node)
        if len(self.nodes) > self.capacity:
            oldest = self.head.next
            self._unlink(oldest)
            del self.nodes[oldest.tag]
