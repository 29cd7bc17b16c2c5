/* commands.h - one entry point per `herald` command; each returns the
 * process exit status (0 ok, 1 some input failed, 2 usage error). */
#ifndef HC_COMMANDS_H
#define HC_COMMANDS_H

int hc_cmd_code(int argc, char **argv);
int hc_cmd_segment(int argc, char **argv);
int hc_cmd_actors(int argc, char **argv);
int hc_cmd_dict(int argc, char **argv);
int hc_cmd_explain(int argc, char **argv);
int hc_cmd_eval(int argc, char **argv);
int hc_cmd_ingest(int argc, char **argv);
int hc_cmd_query(int argc, char **argv);
int hc_cmd_export(int argc, char **argv);
int hc_cmd_stats(int argc, char **argv);
int hc_cmd_places(int argc, char **argv);

#endif
