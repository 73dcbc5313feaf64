"""Private speed-ups: devices that make the library faster without changing what it says.

Each device, what it buys and the benchmark row that measures it are listed in this
package's ``README.md``; the domain code carries a one-line pointer to it.
"""

__all__: list[str] = []
