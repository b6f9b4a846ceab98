#include "Cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    return rs::cli::runCli({argv + 1, argv + argc}, std::cout, std::cerr);
}
