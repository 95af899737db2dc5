import sys

from drivers.payment.sim.cli import main

sys.exit(main())
