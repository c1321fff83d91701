"""A client of chipsim's agents API (docs/agents-api.md), standard library only.

- ChipsimEnv: one agent, Gymnasium's reset()/step() five-tuple, against `chipsim env`.
- ChipsimParallelEnv: several agents, PettingZoo's parallel API, against `chipsim env`.
- play_stdio / serve_tcp / connect_tcp: play roles in `chipsim run --agent ...`.
"""

from .env import ChipsimEnv, EpisodeClient
from .parallel import ChipsimParallelEnv
from .program import connect_tcp, play, play_stdio, serve_tcp
from .protocol import PROTOCOL, Connection, ConnectionClosed, ProtocolError
from .spaces import PointSpaces, SchemaSpace, problems

__all__ = ["ChipsimEnv", "ChipsimParallelEnv", "EpisodeClient", "Connection", "ConnectionClosed",
           "ProtocolError", "PROTOCOL", "PointSpaces", "SchemaSpace", "problems", "play", "play_stdio",
           "serve_tcp", "connect_tcp"]
