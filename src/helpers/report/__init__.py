"""Report: analysis DataFrames become reviewer pages. Runs the notebooks (papermill), draws figures,
writes every byte of HTML (tables, pages, index), embeds the font, adds the provenance footer.

The top stage below the CLI: it may import every other stage.
"""
