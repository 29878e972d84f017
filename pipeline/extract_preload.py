"""Imported once by the extraction forkserver (see ``pipeline.extract.extract_many``).

Importing this module loads trafilatura, the noise rules and the language model, so
every worker forked from the server starts warm instead of paying ~1 s each.
"""

from pipeline.extract import warm_up

warm_up()
