"""Scripts written as a user of the clients would; tests/test_client_typing.py runs mypy over them."""
