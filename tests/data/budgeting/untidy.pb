META
key;value
description;"Untidy; but valid"
num_projects;3
num_votes;4
budget;1000,5
vote_type;approval
max_length;None
PROJECTS
project_id;cost;name
007;400.0;"Benches; park"
7;300,25;Lights
12;100;"Say ""hi"""
VOTES
voter_id;vote
v1;007,7
v2;
v3;None
v4; 12 , 7 
