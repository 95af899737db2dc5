"""The ``pos`` command: start the till, or manage its users from a terminal."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from pos import __version__
from pos.paths import TillPaths, resolve_data_dir
from pos.private_files import PrivateRotatingFileHandler, owner_only

LANGUAGES = ("en", "ru", "pl", "uk")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pos", description="Omnitill point-of-sale till")
    parser.add_argument("--version", action="version", version=f"omnitill {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="demo till: demo catalog, users and virtual printer"
    )
    parser.add_argument("--data-dir", type=Path, help="keep everything of this till in DIR")
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language")
    parser.add_argument(
        "--hub-url", help="the central API (hub) to sync with, e.g. http://hub:8765"
    )
    parser.add_argument(
        "--pairing-code", help="one-time code from the hub's manager (pos-hub pairing-code)"
    )
    parser.add_argument(
        "--offline", action="store_true", help="with --demo: no hub, the demo catalog in the cache"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="with --demo: start, sell one item in cash through the services, exit 0 (a check"
        " of an installed package; offscreen unless QT_QPA_PLATFORM says otherwise)",
    )
    parser.add_argument(
        "--screenshot", type=Path, help=argparse.SUPPRESS
    )  # docs: save a PNG and quit
    sub = parser.add_subparsers(dest="command")
    user = sub.add_parser("user", help="manage till users")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add a user (asks for the PIN)")
    add.add_argument("name")
    add.add_argument("--role", choices=("cashier", "supervisor", "manager"), default="cashier")
    user_sub.add_parser("list", help="list active users")
    bundle = sub.add_parser(
        "support-bundle",
        help="write a zip for support: logs, settings without secrets, versions, devices",
    )
    bundle.add_argument(
        "--output", type=Path, help="the zip to write (default: DATA_DIR/support/...)"
    )
    return parser


def _setup_logging(paths: TillPaths) -> None:
    handler = PrivateRotatingFileHandler(
        paths.log_dir / "till.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request; the engine logs


def main(argv: list[str] | None = None) -> int:
    with owner_only():  # what the till creates is its user's alone (pos.private_files)
        return _main(_parser().parse_args(argv))


def _main(args: argparse.Namespace) -> int:
    data_dir = args.data_dir
    if data_dir is None and args.demo:
        data_dir = resolve_data_dir() / "demo"
    paths = TillPaths(resolve_data_dir(data_dir))
    _setup_logging(paths)
    if args.command == "user":
        return _user_command(args, paths)
    if args.command == "support-bundle":
        from pos.services.support_bundle import write_support_bundle

        print(write_support_bundle(paths, args.output))
        return 0
    if args.smoke and not args.demo:
        print("pos: --smoke sells with the demo's users and catalog: add --demo", file=sys.stderr)
        return 2
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pos.services.first_run import needs_first_run
    from pos.services.sync import SyncOptions
    from pos.ui.app import run_first_run, run_till  # Qt only when a window is wanted

    if not (args.demo or args.hub_url or args.offline) and needs_first_run(paths):
        mode = run_first_run(paths)  # nothing is written unless it is finished
        if mode is None:
            return 1
        if mode == "demo":
            args.demo = True
            if args.data_dir is None:
                paths = TillPaths(resolve_data_dir(resolve_data_dir() / "demo"))

    if args.demo and not args.offline and not args.hub_url:
        from pos.demo import demo_sync_options, start_demo_hub

        hub = start_demo_hub(paths)
        logging.getLogger(__name__).info("demo hub serving on %s", hub.url)
        try:
            return run_till(
                paths,
                demo=True,
                language=args.lang,
                screenshot=args.screenshot,
                sync=demo_sync_options(hub),
                smoke=args.smoke,
            )
        finally:
            hub.stop()
    sync = None if args.offline else SyncOptions(args.hub_url, args.pairing_code)
    return run_till(
        paths,
        demo=args.demo,
        language=args.lang,
        screenshot=args.screenshot,
        sync=sync,
        smoke=args.smoke,
    )


def _user_command(args: argparse.Namespace, paths: TillPaths) -> int:
    from pos.store import UserRepository, open_database

    db = open_database(paths.database)
    users = UserRepository(db)
    if args.user_command == "list":
        for info in users.list_active():
            print(f"{info.id}\t{info.role}\t{info.name}")
        return 0
    pin = getpass.getpass("PIN (4-8 digits): ")
    if pin != getpass.getpass("PIN again: "):
        print("The two PINs differ; nothing was changed.", file=sys.stderr)
        return 2
    try:
        created = users.create(args.name, args.role, pin)
    except ValueError as exc:
        print(f"Not added: {exc}", file=sys.stderr)
        return 2
    print(f"Added {created.name} ({created.role}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
