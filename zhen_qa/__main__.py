"""`python -m zhen_qa` runs the command line."""
from zhen_qa.cli import main

main()
