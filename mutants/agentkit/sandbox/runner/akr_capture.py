"""Output capture with a size cap that keeps both ends of a stream."""

from __future__ import annotations

import io


class Capture:
    """Keeps at most ``cap`` bytes of a stream: its first half and its last half."""

    def __init__(self, cap: int) -> None:
        self.head_cap = max(cap, 0) // 2
        self.tail_cap = max(cap, 0) - self.head_cap
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def add(self, data: bytes) -> None:
        self.total += len(data)
        room = self.head_cap - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        if data:
            self.tail += data
            excess = len(self.tail) - self.tail_cap
            if excess > 0:
                del self.tail[:excess]

    def value(self) -> tuple[bytes, bool]:
        dropped = self.total - len(self.head) - len(self.tail)
        if dropped <= 0:
            return bytes(self.head + self.tail), False
        marker = f"\n[... {dropped} bytes truncated ...]\n".encode()
        return bytes(self.head) + marker + bytes(self.tail), True


class CappedText(io.TextIOBase):
    """A text stream (for sys.stdout/sys.stderr) feeding a `Capture`."""

    def __init__(self, cap: int) -> None:
        self.capture = Capture(cap)

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.capture.add(text.encode("utf-8", "replace"))
        return len(text)
