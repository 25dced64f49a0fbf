"""Looking back over the journal: summaries of the person's own words (`summaries`)
and the rulers over time (`trends`).
"""
