import sys

from photoarchive.cli.main import main

sys.exit(main())
