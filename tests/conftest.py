import pytest


@pytest.fixture(scope="session")
def rules():
    import vnecon

    return vnecon.load("rules")


def facts_of(text, model="rules", **kw):
    import vnecon

    return [f.to_dict() for f in vnecon.extract(text, model=model, **kw)]
