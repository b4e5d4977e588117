"""The calculator's MCP tool server: arithmetic and everyday word problems in symbols or words, worked exactly.

A request is read by a tokenizer (tokens.py) and a grammar (grammar.py, amounts.py); word problems are frames
over the same grammar (frames.py and the problem modules); solver.py tries them in turn and declines what none
can account for. server.py puts the tools on MCP.
"""

from servers.tools.calculator.server import create_server

__all__ = ["create_server"]
