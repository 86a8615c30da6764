"""The interactive terminal UI of `agentkit code` (inline: prompt_toolkit input, rich output).

`app.CodeApp` drives a `CodingSession`; `render.TurnView` draws a turn; `input` is the prompt;
`commands` the slash commands; `sanitize.clean` strips terminal control sequences from untrusted text.
"""
