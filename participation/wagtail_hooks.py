from wagtail import hooks

from .audit import ACTIONS


@hooks.register("register_log_actions")
def register_participation_actions(actions):
    for action, label in ACTIONS.items():
        actions.register_action(action, label, label)
